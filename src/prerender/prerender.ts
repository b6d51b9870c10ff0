/** What the build renders in Node with the app's own components: the first view and the card. */
export { renderFirstView } from "./renderFirstView.tsx";
export { CARD, shareCardAlt, shareCardPng } from "./shareCardPng.tsx";
