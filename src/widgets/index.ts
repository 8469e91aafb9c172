export { Button } from './Button.js';
export type { ButtonProps } from './Button.js';
export { Image } from './Image.js';
export type { ImageProps } from './Image.js';
export { Text } from './Text.js';
export { View, paintBox } from './View.js';
