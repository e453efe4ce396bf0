// Vite's `?inline` import: the file as a data: URL, so that the fonts travel inside the build.
declare module '*.ttf?inline' {
	const dataUrl: string;
	export default dataUrl;
}
