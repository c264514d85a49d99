// Building the page from data: every value goes in as text, never as markup.
type Child = Node | string | null | undefined | false;

export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A link inside the page: its address is the view's own (#/...), so Back, Forward and sharing work. */
export function viewLink(route: string, text: string, attributes: Record<string, string> = {}): HTMLElement {
  return h('a', { href: `#/${route}`, ...attributes }, text);
}
