import type { APIRoute } from 'astro';
import { securityContact } from '../../lib/build-options';
import { securityTxt } from '../../lib/security/security-txt';

export const GET: APIRoute = ({ site, url }) =>
  new Response(securityTxt(securityContact, new Date(), new URL(url.pathname, site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
