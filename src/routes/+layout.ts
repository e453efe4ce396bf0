// Every page is rendered on the server and works as it arrives: links and forms are the browser's
// own, so no page loads a framework to run in the browser. The few things a script adds (the
// reader's clock beside the venue's, their time zone preselected, a print button, a refusal of a
// date the browser cannot read) are in static/enhance.js, which takes its words from the page and
// so is the same size in every one of the 28 languages.
export const csr = false;
