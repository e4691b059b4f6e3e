// The login session. Tokens and the client's credentials live in this object only (memory), so a
// reload or a logout forgets them and nothing reaches storage. The refresh grant authenticates the
// client again (RFC 6749 §6, confidential clients), which is why the secret stays beside the tokens.

const REFRESH_MARGIN_SECONDS = 60;

export class Session extends EventTarget {
  #tokenUrl;
  #clientId = null;
  #secret = null;
  #access = null;
  #refresh = null;
  #timer = null;

  constructor(tokenUrl) {
    super();
    this.#tokenUrl = tokenUrl;
  }

  get clientId() { return this.#clientId; }
  get accessToken() { return this.#access; }

  async login(clientId, secret) {
    this.#clientId = clientId;
    this.#secret = secret;
    await this.#grant({ grant_type: 'client_credentials' });
  }

  logout() {
    clearTimeout(this.#timer);
    this.#clientId = this.#secret = this.#access = this.#refresh = null;
    this.dispatchEvent(new Event('logout'));
  }

  async #grant(fields) {
    const body = new URLSearchParams({ ...fields, client_id: this.#clientId, client_secret: this.#secret });
    const response = await fetch(this.#tokenUrl, { method: 'POST', body });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.error_description || answer.error || `token endpoint answered ${response.status}`);
    }
    this.#access = answer.access_token;
    this.#refresh = answer.refresh_token || null;
    clearTimeout(this.#timer);
    const wait = Math.max(5, (answer.expires_in || 300) - REFRESH_MARGIN_SECONDS);
    this.#timer = setTimeout(() => this.#renew(), wait * 1000);
  }

  // Before the access token expires: rotate the refresh token, or start over with the
  // credentials when the server issued none; a refused renewal ends the session.
  async #renew() {
    try {
      await this.#grant(this.#refresh
        ? { grant_type: 'refresh_token', refresh_token: this.#refresh }
        : { grant_type: 'client_credentials' });
    } catch (refused) {
      this.dispatchEvent(new CustomEvent('expired', { detail: refused.message }));
    }
  }
}
