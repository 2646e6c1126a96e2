// Hands a file built in the page to the browser as a download (the export buttons of every finance screen).
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // the click has started the download by now; the URL only needs to outlive it
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
