/** The app's version and build (package.json's version, then the commit or the build date), set by Vite's `define`. */
declare const __APP_VERSION__: string;
