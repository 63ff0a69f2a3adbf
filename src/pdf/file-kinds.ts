// Which files the reader opens, by name or type (light: the popup checks a dropped file with it).
export type ReaderFileKind = 'pdf' | 'image' | 'docx';

export function readerFileKind(file: { name: string; type: string }): ReaderFileKind | null {
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') return 'pdf';
  if (/\.(jpe?g|png|webp)$/i.test(file.name) || /^image\/(jpeg|png|webp)$/.test(file.type)) return 'image';
  if (/\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return null;
}

export const READER_ACCEPT = 'application/pdf,.pdf,image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp,.docx';

export const NOT_READ = 'is not a PDF, a photo or scan of a letter (JPEG, PNG, WebP) or a Word document (.docx), the files CareLens reads.';

export const SEVERAL_ONLY_PHOTOS = 'Several files open together only when they are all photos or scans (the pages of one letter). Open a PDF or a Word document on its own.';
