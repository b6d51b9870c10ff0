/**
 * The element inside #root that holds the first view rendered at build time: hydrated as it is,
 * or (for an address that names another dataset or an embed) hidden before it is ever painted
 * and replaced by the app.
 */
export const FIRST_VIEW_ID = "first-view";
