/** What the editor uploads, per kind: the file picker's filter and the server's size limits. */
export type UploadKind = 'image' | 'video' | 'audio' | 'attachment';

const MB = 1024 * 1024;

export const UPLOAD_KINDS: Record<UploadKind, { accept: string; maxBytes: number }> = {
  image: { accept: 'image/jpeg,image/png,image/gif,image/webp', maxBytes: 10 * MB },
  video: { accept: 'video/mp4,video/webm,.mp4,.webm', maxBytes: 200 * MB },
  audio: { accept: 'audio/mpeg,audio/mp4,audio/ogg,audio/wav,.mp3,.m4a,.ogg,.wav', maxBytes: 30 * MB },
  attachment: {
    accept: '.pdf,.ofd,.doc,.docx,.xls,.xlsx,.ppt,.pptx',
    maxBytes: 50 * MB,
  },
};

/** "1.2 MB", "350 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
