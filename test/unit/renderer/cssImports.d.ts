// Renderer components import their stylesheets; Vite bundles them, tests only render markup.
declare module '*.css';
