import issues from "../../data/issues.json";
import statements from "../../data/statements.json";
import { ISSUE_STATEMENTS_LISTED } from "../../lib/view/statement";
import { expect, test } from "./fixtures";

const PAIR = ["russia", "ukraine"];
const newestFirst = (list: typeof statements) => [...list].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));

for (const { id, title } of issues) {
  test(`issue "${id}" shows both sides, its sources, and has no WCAG A/AA violations`, async ({ page, makeAxeBuilder }) => {
    // each page also carries its cross-walk of the texts; axe's contrast checks on it need more time on a busy machine
    test.slow();
    await page.goto(`/issues/${id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { level: 3, name: /^Russia/ }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /^Ukraine/ }).first()).toBeVisible();
    const onIssue = newestFirst(statements.filter((s) => s.issues.includes(id)));
    // the newest of each side and of the others, each card with its statement id so it can be linked to; the rest are a link away
    const groups = [...PAIR.map((actor) => onIssue.filter((s) => s.actor === actor)), onIssue.filter((s) => !PAIR.includes(s.actor))];
    const listed = groups.flatMap((group) => group.slice(0, ISSUE_STATEMENTS_LISTED));
    await expect(page.locator("article[id]")).toHaveCount(listed.length);
    for (const [i, actor] of PAIR.entries())
      if (groups[i]!.length > ISSUE_STATEMENTS_LISTED) await expect(page.getByRole("link", { name: new RegExp(`^All ${groups[i]!.length} of .*statements on this issue`) })).toHaveAttribute("href", `/statements/?issue=${id}&actor=${actor}`);
    const first = listed[0]!;
    // the source is the card's first link; a History link to the change log may follow it
    const link = page.locator(`article[id="${first.id}"]`).getByRole("link").first();
    await expect(link).toHaveAttribute("href", first.source.url);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test("an unknown issue id shows the 404 page", async ({ page, pageProblems }) => {
  const response = await page.goto("/issues/no-such-issue/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in Parley");
  // the browser logs the 404 status itself; that one console error is the point of this test
  const rest = pageProblems.filter((problem) => !problem.includes("404"));
  pageProblems.splice(0, pageProblems.length, ...rest);
});
