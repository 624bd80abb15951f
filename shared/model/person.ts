import { z } from 'zod';
import { emailAddress, optionalText, requiredText } from './common';

/**
 * Someone quoted or named as a contact. Copied into the project when picked from the directory,
 * so a release keeps the role a person held on the day it was issued.
 */
export const PersonSchema = z.looseObject({
  id: requiredText('the person id'),
  name: requiredText('the name'),
  /** "Councillor", "Chief Superintendent", "Dr". */
  honorific: optionalText('the honorific'),
  role: optionalText('the role'),
  organisation: optionalText('the organisation'),
  email: emailAddress('the email address'),
  phone: optionalText('the phone number'),
});
export type Person = z.infer<typeof PersonSchema>;
