/** Whether a BCP 47 language tag is English ("en", "en-GB"). Apart from the schema, so client views can ask without loading zod. */
export const isEnglish = (tag: string) => tag === "en" || tag.startsWith("en-");
