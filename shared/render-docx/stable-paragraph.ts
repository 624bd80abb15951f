import { ConcreteHyperlink, ExternalHyperlink, Paragraph, type IContext, type IParagraphOptions, type IXmlableObject } from 'docx';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

type Relationships = IContext['viewWrapper']['Relationships'];

/**
 * A paragraph whose hyperlinks get relationship ids from the render's counter.
 *
 * docx 9.15 turns each ExternalHyperlink into a hyperlink with a random nanoid relationship id while it writes the
 * paragraph (`uniqueId()` in Paragraph.prepForXml), so the same tree would give different bytes on every export. This
 * swaps each ExternalHyperlink for the ConcreteHyperlink docx would have written, with a stable id, and adds its
 * relationship to the part (document, header or footer) the paragraph is written into, as docx does.
 */
export class StableParagraph extends Paragraph {
  private readonly links: { readonly id: string; readonly target: string }[] = [];
  /** Relationships the links were added to; a File packed twice must not list them twice. */
  private readonly addedTo = new WeakSet<Relationships>();

  constructor(options: IParagraphOptions, nextLinkId: () => string) {
    super(options);
    this.root = this.root.map((child: unknown) => {
      if (!(child instanceof ExternalHyperlink)) return child;
      const id = nextLinkId();
      this.links.push({ id, target: child.options.link });
      return new ConcreteHyperlink(child.options.children, id);
    });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const relationships = context.viewWrapper.Relationships;
    if (this.links.length > 0 && !this.addedTo.has(relationships)) {
      this.addedTo.add(relationships);
      for (const { id, target } of this.links) relationships.addRelationship(id, HYPERLINK, target, 'External');
    }
    return super.prepForXml(context);
  }
}
