/** "13812345678" → "138****5678": enough for a citizen to recognise their number, no more. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

export function presentCitizen(phone: string): { phoneMasked: string } {
  return { phoneMasked: maskPhone(phone) };
}
