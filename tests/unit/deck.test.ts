import { describe, expect, it } from "vitest";
import { REVEAL_STEPS, toDeck } from "@/lib/present";
import { parseDeckState, toDeckQuery } from "@/lib/url/deck";
import {
  announce,
  arguePrompt,
  deckKey,
  openDeck,
  stepDeck,
  toggleTheme,
  visibleStep,
  type DeckMove,
  type DeckPosition,
  type DeckPress,
  type DeckWords,
  type KeyTarget,
} from "@/lib/view/deck";
import { messages } from "@/lib/view/messages";

// title, three issues, summary
const deck = toDeck(["ceasefire", "legitimacy", "istanbul-draft"]);
const last = deck.length - 1;
const at = (index: number, step: number, reveal: boolean): DeckPosition => ({ index, step, reveal });
const press = (position: DeckPosition, ...moves: DeckPress[]) => moves.reduce((now, type) => stepDeck(deck, now, { type }), position);

describe(deckKey, () => {
  const plain: KeyTarget = {};
  const inField: KeyTarget = { inField: true };
  const onButton: KeyTarget = { onButton: true };
  // a target inside both, e.g. a button within a contenteditable region: the field wins
  const both: KeyTarget = { inField: true, onButton: true };

  it("sends a clicker's Page Down and Page Up to the deck wherever the focus is", () => {
    for (const where of [plain, inField, onButton, both]) {
      expect(deckKey({ key: "PageDown" }, where)).toBe("next");
      expect(deckKey({ key: "PageUp" }, where)).toBe("previous");
    }
  });

  it.each([
    ["ArrowRight", "next"],
    ["ArrowDown", "next"],
    ["ArrowLeft", "previous"],
    ["ArrowUp", "previous"],
    [" ", "next"],
    ["Backspace", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["r", "reveal"],
    ["R", "reveal"],
    ["f", "fullscreen"],
    ["F", "fullscreen"],
  ] as const)("maps %j to %s outside a field, and leaves it to a focused field", (key, action) => {
    expect(deckKey({ key }, plain)).toBe(action);
    expect(deckKey({ key }, inField)).toBeUndefined();
    expect(deckKey({ key }, both)).toBeUndefined();
  });

  it("reads Shift+Space as previous", () => {
    expect(deckKey({ key: " ", shiftKey: true }, plain)).toBe("previous");
    expect(deckKey({ key: " ", shiftKey: true }, inField)).toBeUndefined();
  });

  it("leaves Space to a focused button, link or summary, but not the other keys", () => {
    expect(deckKey({ key: " " }, onButton)).toBeUndefined();
    expect(deckKey({ key: " ", shiftKey: true }, onButton)).toBeUndefined();
    for (const [key, action] of [
      ["ArrowRight", "next"],
      ["ArrowLeft", "previous"],
      ["Backspace", "previous"],
      ["Home", "first"],
      ["End", "last"],
      ["r", "reveal"],
      ["f", "fullscreen"],
    ] as const)
      expect(deckKey({ key }, onButton)).toBe(action);
  });

  it("lets Ctrl, Meta and Alt combinations through to the browser, even a clicker's keys", () => {
    for (const modifier of ["ctrlKey", "metaKey", "altKey"] as const)
      for (const key of ["PageDown", "PageUp", "ArrowRight", "ArrowLeft", " ", "Backspace", "Home", "End", "r", "p", "f"])
        for (const where of [plain, inField, onButton]) expect(deckKey({ key, [modifier]: true }, where), `${modifier}+${key}`).toBeUndefined();
  });

  it("ignores Shift on the other keys", () => {
    expect(deckKey({ key: "PageDown", shiftKey: true })).toBe("next");
    expect(deckKey({ key: "R", shiftKey: true })).toBe("reveal");
  });

  it("leaves every other key alone: Escape (which ends full screen), Enter, Tab, letters", () => {
    for (const key of ["Escape", "Enter", "Tab", "p", "x", "ArrowRightX", ""])
      for (const where of [plain, inField, onButton]) expect(deckKey({ key }, where), key).toBeUndefined();
  });

  it("reads a KeyboardEvent-shaped press with every flag set false as a plain press", () => {
    expect(deckKey({ key: "ArrowRight", shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }, { inField: false, onButton: false })).toBe("next");
  });
});

describe(openDeck, () => {
  it("opens at step 0, so a ?reveal=1 link shows the question alone", () => {
    expect(openDeck(2, true)).toEqual(at(2, 0, true));
    expect(openDeck(0, false)).toEqual(at(0, 0, false));
  });
});

describe(stepDeck, () => {
  describe("with the reveal off", () => {
    it("moves a whole slide per next and previous", () => {
      expect(press(at(0, 0, false), "next")).toEqual(at(1, 0, false));
      expect(press(at(1, 0, false), "next")).toEqual(at(2, 0, false));
      expect(press(at(2, 0, false), "previous")).toEqual(at(1, REVEAL_STEPS, false));
    });
    it("goes through the whole deck by next alone and stops on the summary", () => {
      let now = openDeck(0, false);
      for (let i = 1; i <= last; i++) {
        now = press(now, "next");
        expect(now.index).toBe(i);
      }
      expect(press(now, "next")).toBe(now);
    });
  });

  describe("with the reveal on, on an issue slide", () => {
    it("steps through the question, side A, side B and the verdict before the next slide", () => {
      const steps = [at(1, 0, true)];
      for (let i = 0; i < REVEAL_STEPS + 1; i++) steps.push(press(steps.at(-1)!, "next"));
      expect(steps).toEqual([at(1, 0, true), at(1, 1, true), at(1, 2, true), at(1, 3, true), at(2, 0, true)]);
    });
    it("steps back through the reveal, then to the whole previous slide", () => {
      expect(press(at(2, 2, true), "previous")).toEqual(at(2, 1, true));
      expect(press(at(2, 1, true), "previous")).toEqual(at(2, 0, true));
      expect(press(at(2, 0, true), "previous")).toEqual(at(1, REVEAL_STEPS, true));
    });
    it("leaves the last issue slide for the summary once it is whole", () => {
      expect(press(at(3, 2, true), "next")).toEqual(at(3, 3, true));
      expect(press(at(3, 3, true), "next")).toEqual(at(last, 0, true));
    });
  });

  it("has no reveal steps on the title and summary slides", () => {
    expect(press(at(0, 0, true), "next")).toEqual(at(1, 0, true));
    expect(press(at(last, 0, true), "previous")).toEqual(at(last - 1, REVEAL_STEPS, true));
    expect(press(at(last, REVEAL_STEPS, true), "previous")).toEqual(at(last - 1, REVEAL_STEPS, true));
  });

  it("moves nowhere past either end, and says so by returning the same position", () => {
    for (const reveal of [false, true]) {
      for (const step of [0, REVEAL_STEPS]) {
        const first = at(0, step, reveal);
        const end = at(last, step, reveal);
        expect(press(first, "previous")).toBe(first);
        expect(press(end, "next")).toBe(end);
      }
    }
  });

  it("jumps to the first slide at its start and the last whole", () => {
    for (const reveal of [false, true]) {
      expect(press(at(2, 1, reveal), "first")).toEqual(at(0, 0, reveal));
      expect(press(at(2, 1, reveal), "last")).toEqual(at(last, REVEAL_STEPS, reveal));
    }
  });

  it("turns the reveal on at step 0 and off with the slide whole, staying on the slide", () => {
    expect(press(at(2, REVEAL_STEPS, false), "toggle-reveal")).toEqual(at(2, 0, true));
    expect(press(at(2, 1, true), "toggle-reveal")).toEqual(at(2, REVEAL_STEPS, false));
    expect(press(at(0, 3, false), "toggle-reveal", "next")).toEqual(at(1, 0, true));
  });

  describe("when the address changes by itself (Back, Forward, a link)", () => {
    it("shows the new slide whole", () => {
      expect(stepDeck(deck, at(2, 0, true), { type: "address-changed", index: 1 })).toEqual(at(1, REVEAL_STEPS, true));
      expect(stepDeck(deck, at(1, 1, false), { type: "address-changed", index: last })).toEqual(at(last, REVEAL_STEPS, false));
    });
    it("leaves the deck's own move alone: the address only follows it", () => {
      const moved = press(at(1, REVEAL_STEPS, true), "next");
      expect(stepDeck(deck, moved, { type: "address-changed", index: moved.index })).toBe(moved);
    });
    it("takes a new ?reveal= without moving the step", () => {
      expect(stepDeck(deck, at(2, 1, false), { type: "reveal-changed", reveal: true })).toEqual(at(2, 1, true));
      const same = at(2, 1, true);
      expect(stepDeck(deck, same, { type: "reveal-changed", reveal: true })).toBe(same);
    });
    it("then steps on from the whole slide", () => {
      const back = stepDeck(deck, at(2, 0, true), { type: "address-changed", index: 1 });
      expect(press(back, "next")).toEqual(at(2, 0, true));
      expect(press(back, "previous")).toEqual(at(1, 2, true));
    });
  });

  it("steps one at a time when presses come faster than renders, each from the last result", () => {
    // the component applies each press to the position its ref holds, not to the last render's
    expect(press(at(1, 0, true), "next", "next", "next", "next", "next")).toEqual(at(2, 1, true));
  });
});

describe(visibleStep, () => {
  it("draws every slide whole with the reveal off", () => {
    expect(visibleStep(deck, at(1, 0, false), 1, false)).toBe(REVEAL_STEPS);
  });
  it("draws an issue slide at the step the deck's moves left it", () => {
    expect(visibleStep(deck, at(1, 0, true), 1, true)).toBe(0);
    expect(visibleStep(deck, at(1, 2, true), 1, true)).toBe(2);
  });
  it("draws the title and summary whole", () => {
    expect(visibleStep(deck, at(0, 0, true), 0, true)).toBe(REVEAL_STEPS);
    expect(visibleStep(deck, at(last, 0, true), last, true)).toBe(REVEAL_STEPS);
  });
  it("draws a slide the address reached by itself whole", () => {
    expect(visibleStep(deck, at(2, 0, true), 1, true)).toBe(REVEAL_STEPS);
  });
});

describe(announce, () => {
  const words: DeckWords = {
    issues: [
      { id: "ceasefire", title: "Ceasefire" },
      { id: "legitimacy", title: "Legitimacy" },
    ],
    a: "Russia",
    b: "Ukraine",
    verdict: (issue) => (issue === "ceasefire" ? "overlap" : "conflict"),
  };
  const said = (before: DeckPosition, type: DeckPress) => {
    const move: DeckMove = { type };
    return announce(deck, move, before, stepDeck(deck, before, move), words);
  };

  it("names the new slide with its number and the deck's length", () => {
    expect(said(at(0, 0, false), "next")).toBe(`Slide 2 of ${deck.length}: Ceasefire`);
    expect(said(at(1, 0, false), "next")).toBe(`Slide 3 of ${deck.length}: Legitimacy`);
    expect(said(at(1, 0, false), "previous")).toBe(`Slide 1 of ${deck.length}: Title`);
    expect(said(at(2, 0, false), "last")).toBe(`Slide ${deck.length} of ${deck.length}: ${messages.present.summaryKicker}`);
    expect(said(at(2, 0, false), "first")).toBe(`Slide 1 of ${deck.length}: Title`);
  });

  it("falls back on an issue's id when its title is unknown", () => {
    expect(said(at(2, 0, false), "next")).toBe(`Slide 4 of ${deck.length}: istanbul-draft`);
  });

  it("says which part each reveal step shows: side A, side B, then the verdict", () => {
    expect(said(at(1, 0, true), "next")).toBe("Russia: shown.");
    expect(said(at(1, 1, true), "next")).toBe("Ukraine: shown.");
    expect(said(at(1, 2, true), "next")).toBe(`${messages.relation.overlap}: shown.`);
    expect(said(at(2, 2, true), "next")).toBe(`${messages.relation.conflict}: shown.`);
    expect(said(at(1, 3, true), "next")).toBe(`Slide 3 of ${deck.length}: Legitimacy`);
  });

  it("says the reveal turned on or off", () => {
    expect(said(at(1, REVEAL_STEPS, false), "toggle-reveal")).toBe(messages.present.revealOn);
    expect(said(at(1, 0, true), "toggle-reveal")).toBe(messages.present.revealOff);
  });

  it("says nothing past either end, stepping back within a slide, or on a jump to where the deck is", () => {
    expect(said(at(last, 0, false), "next")).toBeUndefined();
    expect(said(at(0, 0, false), "previous")).toBeUndefined();
    expect(said(at(1, 2, true), "previous")).toBeUndefined();
    expect(said(at(0, 0, false), "first")).toBeUndefined();
    expect(said(at(last, REVEAL_STEPS, false), "last")).toBeUndefined();
  });

  it("says nothing when the address changed by itself", () => {
    const before = at(2, 0, true);
    const back: DeckMove = { type: "address-changed", index: 1 };
    expect(announce(deck, back, before, stepDeck(deck, before, back), words)).toBeUndefined();
    const reveal: DeckMove = { type: "reveal-changed", reveal: false };
    expect(announce(deck, reveal, before, stepDeck(deck, before, reveal), words)).toBeUndefined();
  });
});

describe(toggleTheme, () => {
  it("switches between the light and the dark projector theme", () => {
    expect(toggleTheme("light")).toBe("dark");
    expect(toggleTheme("dark")).toBe("light");
  });
});

describe("the disputes' slides", () => {
  const withDisputes = toDeck(["ceasefire", "territory"], ["istanbul-2022-agreed-terms", "anchorage-understandings-2025"]);
  const words: DeckWords = {
    issues: [
      { id: "ceasefire", title: "Ceasefire" },
      { id: "territory", title: "Territory" },
    ],
    disputes: [
      { id: "istanbul-2022-agreed-terms", title: "The 2022 Istanbul texts", accounts: ["Russia", "Ukraine"] },
      { id: "anchorage-understandings-2025", title: "The Anchorage understandings", accounts: ["Russia"] },
    ],
    a: "Russia",
    b: "Ukraine",
    verdict: () => "conflict",
  };
  const step = (from: DeckPosition, type: DeckPress) => stepDeck(withDisputes, from, { type });

  it("come after the issues and before the summary, each at dispute-<id>", () => {
    expect(withDisputes.map((slide) => slide.slug)).toEqual(["", "ceasefire", "territory", "dispute-istanbul-2022-agreed-terms", "dispute-anchorage-understandings-2025", "summary"]);
    expect(() => toDeck(["dispute-x"])).toThrow(/clash/);
  });
  it("step through their reveal like an issue's, and say what each step shows", () => {
    const opened = at(3, 0, true);
    const said = (from: DeckPosition) => announce(withDisputes, { type: "next" }, from, step(from, "next"), words);
    expect(step(opened, "next")).toEqual(at(3, 1, true));
    expect(said(opened)).toBe("Russia's account: shown.");
    expect(said(at(3, 1, true))).toBe("Ukraine's account: shown.");
    expect(said(at(3, 2, true))).toBe(`${messages.present.disputeOpen}: shown.`);
    expect(said(at(4, 1, true))).toBe(`${messages.disputes.oneSided}.`);
    expect(step(at(3, REVEAL_STEPS, true), "next")).toEqual(at(4, 0, true));
    expect(said(at(2, REVEAL_STEPS, true))).toBe(`Slide 4 of 6: ${messages.present.disputeKicker}: The 2022 Istanbul texts`);
    expect(visibleStep(withDisputes, at(3, 1, true), 3, true)).toBe(1);
    expect(visibleStep(withDisputes, at(3, 1, true), 3, false)).toBe(REVEAL_STEPS);
  });
});

describe("argue the other side", () => {
  it("is the A key outside fields, and its prompts follow the reveal: the question, one side, the other, the switch", () => {
    expect(deckKey({ key: "a" })).toBe("argue");
    expect(deckKey({ key: "A" }, { inField: true })).toBeUndefined();
    expect([0, 1, 2, 3].map((step) => arguePrompt(step, "Russia", "Ukraine"))).toEqual([
      messages.present.argue.question,
      "In pairs: restate Russia's case in your own words, so that Russia would call it fair.",
      "In pairs: restate Ukraine's case in your own words, so that Ukraine would call it fair.",
      messages.present.argue.switch,
    ]);
  });
  it("lives in the URL and turns the reveal on", () => {
    const context = { actors: [{ id: "russia" }, { id: "ukraine" }], defaultA: "russia", defaultB: "ukraine", earliest: "2022-02-24", latest: "2026-10-10" } as Parameters<typeof parseDeckState>[1];
    expect(parseDeckState(new URLSearchParams("argue=1"), context).state).toMatchObject({ reveal: true, argue: true });
    expect(toDeckQuery({ view: { date: "2026-10-10", a: "russia", b: "ukraine" }, reveal: true, argue: true }, context)).toBe("?argue=1");
  });
});
