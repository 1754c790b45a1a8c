/** The drag-and-drop type that carries an activity type from the palette to the canvas. */
export const paletteMime = 'application/x-pcnflow-activity';
