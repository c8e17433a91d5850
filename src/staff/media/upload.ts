import type { MediaFileInfo } from '../../domain/staff-api.js';
import { ApiError, problemFromText, sessionLost } from '../api.js';

/**
 * POSTs one file as `multipart/form-data` (field `file`) to the staff media route, reporting the
 * share sent so far (0–1). XMLHttpRequest, because fetch cannot report upload progress. Same-origin,
 * so the session cookie goes along and the browser sets the Origin header the server checks.
 */
export function uploadMedia(file: File, onProgress: (share: number) => void): Promise<MediaFileInfo> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/staff/media');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as MediaFileInfo);
        } catch (error) {
          reject(error);
        }
        return;
      }
      if (xhr.status === 401) sessionLost();
      reject(new ApiError(problemFromText(xhr.status, xhr.statusText, xhr.responseText)));
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
