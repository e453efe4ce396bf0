/** How many photos one submit of the gallery's form adds at most (each with its own caption). */
export const PHOTO_SLOTS = 3;
