// JSON over the server's API with the session cookie. A 401 sends the person to the sign-in page and back.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Every state-changing request signed in by the session cookie must carry this header (the server's CSRF guard).
export const REQUEST_HEADER = { 'X-Ivr-Request': '1' };

export function signInUrl() {
  return `/sign-in/?return=${encodeURIComponent(location.pathname + location.search)}`;
}

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined
      ? { Accept: 'application/json', ...REQUEST_HEADER }
      : { Accept: 'application/json', 'Content-Type': 'application/json', ...REQUEST_HEADER },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    location.assign(signInUrl());
    throw new ApiError(401, 'Not signed in.');
  }
  const text = await response.text();
  const data = text ? parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, describe(response.status, data));
  }
  return data;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// Problem details (title, errors), a plain string, or a message field: whatever the server said, in one line.
function describe(status, data) {
  if (typeof data === 'string' && data) return data;
  if (data?.errors) return Object.values(data.errors).flat().join(' ');
  return data?.detail || data?.message || data?.title || `HTTP ${status}`;
}
