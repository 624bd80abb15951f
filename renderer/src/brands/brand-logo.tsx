import { useBrandFileUrl } from './use-brand-file';

interface BrandLogoProps {
  readonly brandId: string;
  readonly file: string | null;
  /** The logo's text alternative: the organisation's name. */
  readonly alt: string;
  readonly className?: string;
}

/** A logo of the brand folder as an <img>, or a short note while it loads or when it cannot be shown. */
export function BrandLogo({ brandId, file, alt, className }: BrandLogoProps) {
  const url = useBrandFileUrl(brandId, file);
  if (url.kind === 'none') return null;
  if (url.kind === 'loading') return <span className="logo-note">Loading logo…</span>;
  if (url.kind === 'failed') return <span className="logo-note error-message">{url.message}</span>;
  return <img className={className} src={url.url} alt={alt} />;
}
