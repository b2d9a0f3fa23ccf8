// Sign-in and sign-out run in the browser, so that the session cookie is set on (and cleared from) the browser itself and the
// API's sign-in limits count the browser's address. Answers: null on success, else the problem's readable detail.
window.omsConsole = {
  signIn: async (userName, password) => {
    const response = await fetch('/api/auth/sign-in?useCookie=true', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName, password })
    });
    if (response.ok) return null;
    try {
      const problem = await response.json();
      return problem.detail || problem.title || `Sign-in failed (${response.status}).`;
    } catch {
      return `Sign-in failed (${response.status}).`;
    }
  },
  signOut: async () => {
    await fetch('/api/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
  }
};
