// Types for vendor builds that ship none: mammoth's browser build has the Node API.
declare module 'mammoth/mammoth.browser' {
  import mammoth from 'mammoth';
  export default mammoth;
}

// pdf.js's worker code, run in our own worker; imported for its side effect only.
declare module 'pdfjs-dist/build/pdf.worker.mjs';
