/**
 * The German texts must have exactly the keys of the English ones: `Messages<typeof en>` turns the
 * English object's shape into the type the German one has to satisfy.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A page's texts in both languages, registered as its own i18next namespace when it loads. */
export interface PageMessages<T> {
  en: T;
  de: Messages<T>;
}
