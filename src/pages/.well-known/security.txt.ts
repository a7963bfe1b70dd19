import type { APIRoute } from 'astro';
import { PLACEHOLDER_CONTACT, securityTxt } from '../../lib/security-txt';

export const GET: APIRoute = ({ site, url }) =>
  new Response(securityTxt(process.env.SECURITY_CONTACT?.trim() || PLACEHOLDER_CONTACT, new Date(), new URL(url.pathname, site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
