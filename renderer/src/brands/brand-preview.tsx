import { memo } from 'react';
import { isHexColour } from '../../../shared/brands/contrast';
import { STYLE_SHEET } from '../../../shared/doc-tree/style-sheet';
import { lookStyle, type Theme } from '../editor/preview-style';
import { BrandLogo } from './brand-logo';
import { isFontFile, type BrandForm } from './brand-form';
import { useBrandFont } from './use-brand-file';

const SAMPLE_HEADLINE = 'Harbour wall reopens after winter repairs';
const SAMPLE_BODY =
  'The harbour wall at Aberhaven reopened to walkers this morning, three weeks ahead of schedule, after repairs to the storm damage of January.';
const FALLBACK = { primary: '#0b0c0c', accent: '#1d70b8', text: '#0b0c0c' };

/**
 * The brand on a sample release, drawn with the style sheet the DOCX and PDF renderers use: the header (logo and
 * partner logos in a row of equal height), the label, a headline in the heading font and primary colour, body text,
 * the "About" paragraphs and the footer line. A picture of the brand, not of a document, so it is one figure.
 */
export const BrandPreview = memo(function BrandPreview({ brandId, form }: { readonly brandId: string; readonly form: BrandForm }) {
  const headingFile = isFontFile(form.headingFont) ? form.headingFont : null;
  const bodyFile = isFontFile(form.bodyFont) ? form.bodyFont : null;
  const headingFamily = useBrandFont(brandId, headingFile);
  const bodyFamily = useBrandFont(brandId, bodyFile);
  const colour = (field: keyof typeof FALLBACK): string => (isHexColour(form.colours[field]) ? form.colours[field].trim() : FALLBACK[field]);
  const theme: Theme = {
    colours: { primary: colour('primary'), accent: colour('accent'), text: colour('text') },
    fonts: { heading: headingFile ? (headingFamily ?? 'Arial') : form.headingFont, body: bodyFile ? (bodyFamily ?? 'Arial') : form.bodyFont },
  };
  const name = form.name.trim() || 'Your organisation';
  const logos = [
    ...(form.logo ? [{ key: 'main', file: form.logo, alt: name }] : []),
    ...form.partners.filter((partner) => partner.logo).map((partner) => ({ key: partner.key, file: partner.logo, alt: partner.name.trim() || 'Partner' })),
  ];
  const paragraphs = form.boilerplate.map((row) => row.text.trim()).filter(Boolean);
  return (
    <figure className="brand-preview" aria-labelledby="brand-preview-caption">
      <figcaption id="brand-preview-caption" className="visually-hidden">
        Preview of a release in this brand
      </figcaption>
      <div className="brand-preview-page">
        {logos.length > 0 && (
          <div className="brand-preview-logos" data-testid="preview-logos">
            {logos.map((logo) => (
              <BrandLogo key={logo.key} brandId={brandId} file={logo.file} alt={logo.alt} className="brand-preview-logo" />
            ))}
          </div>
        )}
        <p style={lookStyle(STYLE_SHEET.label, theme)}>{form.label}</p>
        <p style={lookStyle(STYLE_SHEET.meta, theme)}>Date: 24 May 2026</p>
        <p style={lookStyle(STYLE_SHEET.heading1, theme)} className="brand-preview-headline">
          {SAMPLE_HEADLINE}
        </p>
        <p style={lookStyle(STYLE_SHEET.normal, theme)}>{SAMPLE_BODY}</p>
        <p style={lookStyle(STYLE_SHEET.ends, theme)}>ENDS</p>
        {paragraphs.length > 0 && (
          <>
            <p style={lookStyle(STYLE_SHEET.heading2, theme)}>About {name}</p>
            {paragraphs.map((paragraph, index) => (
              <p key={index} style={lookStyle(STYLE_SHEET.normal, theme)}>
                {paragraph}
              </p>
            ))}
          </>
        )}
        {form.footer.trim() && (
          <p style={lookStyle(STYLE_SHEET.footer, theme)} className="brand-preview-footer">
            {form.footer.trim()}
          </p>
        )}
      </div>
    </figure>
  );
});
