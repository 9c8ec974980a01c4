import Handlebars from 'handlebars';
import { UnprocessableError } from '../../domain/errors.js';

/** An e-mail template as stored at provider or employer level. */
export interface EmailTemplate {
  sender: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  includeSensitiveDetails: boolean;
}

export interface DigestSignalView {
  typeName: string;
  employeeName: string;
  employerName: string;
  departmentName: string;
  eventDate: string;
  daysUntil: number;
  /** The event day relative to the run: "over 7 dagen", "morgen", "vandaag", "gisteren", "7 dagen geleden". */
  when: string;
  text: string;
}

/** An escalation line: a signal's fields, the level, the legal date and the days left to it. */
export interface DigestEscalationView extends DigestSignalView {
  level: number;
  legalDate: string;
  /** Days from the run to the legal date (negative: passed). */
  daysLeft: number;
  /** The days left in words: "nog 3 dagen", "vandaag", "2 dagen verstreken". */
  daysLeftText: string;
}

/** The documented variables, and nothing else, are what a template sees. */
export interface DigestView {
  recipient: { name: string };
  runDate: string;
  count: number;
  /** The count in words, singular or plural: "1 nieuw signaal", "3 nieuwe signalen". */
  countText: string;
  appUrl: string;
  /** The user's one-click unsubscribe page (a signed, expiring link). */
  unsubscribeUrl: string;
  signals: DigestSignalView[];
  employers: Array<{ name: string; signals: DigestSignalView[] }>;
  /** Legal deadlines nobody handled: mailed under their own heading ("Actie vereist"), before the signals. */
  escalations: DigestEscalationView[];
}

const ROOT_VARIABLES = new Set([
  'recipient.name',
  'runDate',
  'count',
  'countText',
  'appUrl',
  'unsubscribeUrl',
  'signals',
  'employers',
  'escalations',
]);
const SIGNAL_VARIABLES = new Set([
  'typeName',
  'employeeName',
  'employerName',
  'departmentName',
  'eventDate',
  'daysUntil',
  'when',
  'text',
]);
const ESCALATION_VARIABLES = new Set([...SIGNAL_VARIABLES, 'level', 'legalDate', 'daysLeft', 'daysLeftText']);
const EMPLOYER_VARIABLES = new Set(['name', 'signals']);
const BLOCK_HELPERS = new Set(['each', 'if', 'unless']);
const DATA_VARIABLES = new Set(['index', 'first', 'last']);

type Scope = 'root' | 'signal' | 'employer' | 'escalation';

const VARIABLES: Record<Scope, ReadonlySet<string>> = {
  root: ROOT_VARIABLES,
  signal: SIGNAL_VARIABLES,
  employer: EMPLOYER_VARIABLES,
  escalation: ESCALATION_VARIABLES,
};
const variablesOf = (scope: Scope) => VARIABLES[scope];

/**
 * Checks a template against the documented variables and helpers by walking its syntax tree, so
 * an unknown one is refused when the template is saved (422), never found when a mail is sent.
 */
export function checkTemplateSource(source: string, field: string): void {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    throw new UnprocessableError(`The ${field} template does not compile.`, [
      // The whole parse error: its position, the line with a caret, and what was expected.
      { path: `body.${field}`, message: String((error as Error).message).trim() || 'syntax error' },
    ]);
  }
  const issues: string[] = [];
  const checkPath = (path: hbs.AST.PathExpression, scope: Scope) => {
    if (path.data) {
      if (!DATA_VARIABLES.has(path.original.replace(/^@/, '')))
        issues.push(`unknown data variable ${path.original}`);
      return;
    }
    if (path.original === 'this' || path.original === '.') return;
    if (path.depth > 0 || path.original.startsWith('../')) {
      issues.push(`parent references (${path.original}) are not supported`);
      return;
    }
    if (!variablesOf(scope).has(path.original)) issues.push(`unknown variable ${path.original}`);
  };
  const checkExpression = (expr: hbs.AST.Expression, scope: Scope) => {
    if (expr.type === 'PathExpression') checkPath(expr as hbs.AST.PathExpression, scope);
    else if (expr.type === 'SubExpression') issues.push('sub-expressions are not supported');
  };
  const walk = (program: hbs.AST.Program, scope: Scope) => {
    for (const node of program.body) {
      if (node.type === 'MustacheStatement') {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0))
          issues.push(`helper calls are not supported (${(m.path as hbs.AST.PathExpression).original})`);
        else checkExpression(m.path, scope);
      } else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        const helper = (b.path as hbs.AST.PathExpression).original;
        if (!BLOCK_HELPERS.has(helper) || b.params.length !== 1) {
          issues.push(`unknown helper ${helper}`);
          continue;
        }
        const param = b.params[0]!;
        checkExpression(param, scope);
        let inner: Scope = scope;
        if (helper === 'each' && param.type === 'PathExpression') {
          const name = (param as hbs.AST.PathExpression).original;
          if (name === 'signals') inner = 'signal';
          else if (name === 'employers' && scope === 'root') inner = 'employer';
          else if (name === 'escalations' && scope === 'root') inner = 'escalation';
          else issues.push(`#each over ${name} is not supported`);
        }
        walk(b.program, inner);
        if (b.inverse) walk(b.inverse, scope);
      } else if (
        node.type === 'PartialStatement' ||
        node.type === 'PartialBlockStatement' ||
        node.type === 'DecoratorBlock' ||
        node.type === 'Decorator'
      ) {
        issues.push('partials and decorators are not supported');
      }
    }
  };
  walk(ast, 'root');
  if (issues.length > 0) {
    throw new UnprocessableError(
      `The ${field} template uses what is not documented.`,
      issues.map((message) => ({ path: `body.${field}`, message })),
    );
  }
}

const LINE_BREAKS = /[\r\n\u2028\u2029]/;

/** Validates a template when it is saved: compiles, only documented variables, no header injection, sender domain allowed. */
export function checkTemplate(template: EmailTemplate, senderDomains: readonly string[]): void {
  const issues: Array<{ path: string; message: string }> = [];
  for (const [field, value] of [
    ['subject', template.subject],
    ['sender.name', template.sender.name],
  ] as const) {
    if (LINE_BREAKS.test(value))
      issues.push({ path: `body.${field}`, message: 'line breaks are not allowed in mail headers' });
  }
  const domain = template.sender.address.split('@')[1]?.toLowerCase() ?? '';
  if (senderDomains.length > 0 && !senderDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) {
    issues.push({
      path: 'body.sender.address',
      message: `sender domain ${domain} is not allowed (allowed: ${senderDomains.join(', ')})`,
    });
  }
  if (issues.length > 0) throw new UnprocessableError('The template cannot be used.', issues);
  checkTemplateSource(template.subject, 'subject');
  checkTemplateSource(template.html, 'html');
  checkTemplateSource(template.text, 'text');
}

const env = Handlebars.create();
const compileOptions = {
  strict: false,
  knownHelpersOnly: true,
  knownHelpers: { each: true, if: true, unless: true },
} as const;

/** Renders a checked template. HTML values are escaped; subject and text are not HTML, so they are not. */
export function renderTemplate(template: EmailTemplate, view: DigestView) {
  const runtime = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  const html = env.compile(template.html, compileOptions)(view, runtime);
  const text = env.compile(template.text, { ...compileOptions, noEscape: true })(view, runtime);
  const subject = env
    .compile(template.subject, { ...compileOptions, noEscape: true })(view, runtime)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim();
  return { subject, html, text };
}

/**
 * An escalation must not go unseen: a template that does not show `escalations` itself gets the
 * standard block first (after `<body>` in HTML).
 */
function withEscalations(
  template: EmailTemplate,
  view: DigestView,
  rendered: { subject: string; html: string; text: string },
  block: { html: string; text: string } | undefined,
) {
  if (!block || view.escalations.length === 0) return rendered;
  const html = template.html.includes('escalations')
    ? rendered.html
    : (() => {
        const part = renderTemplate({ ...template, html: block.html, text: block.text }, view);
        const body = /<body[^>]*>/i.exec(rendered.html);
        return body
          ? rendered.html.replace(body[0], `${body[0]}\n${part.html}`)
          : `${part.html}\n${rendered.html}`;
      })();
  const text = template.text.includes('escalations')
    ? rendered.text
    : `${renderTemplate({ ...template, html: block.html, text: block.text }, view).text.trim()}\n\n${rendered.text}`;
  return { ...rendered, html, text };
}

/** Escapes text for HTML content and attribute values (as Handlebars does for `{{value}}`). */
export const escapeHtml = (s: string) => Handlebars.escapeExpression(s);

/**
 * Renders a digest: the template, and the unsubscribe link in its footer. A template that does
 * not show `{{unsubscribeUrl}}` itself gets the standard unsubscribe line appended.
 */
export function renderDigest(
  template: EmailTemplate,
  view: DigestView,
  unsubscribeLine: { text: string; link: string },
  /** The standard "Actie vereist" block, put first in a template that does not show `escalations`. */
  escalationBlock?: { html: string; text: string },
) {
  const rendered = withEscalations(template, view, renderTemplate(template, view), escalationBlock);
  const url = view.unsubscribeUrl;
  const html = template.html.includes('unsubscribeUrl')
    ? rendered.html
    : (() => {
        const line = `<p style="color:#616e7c;font-size:12px">${escapeHtml(unsubscribeLine.text)} <a href="${escapeHtml(url)}">${escapeHtml(unsubscribeLine.link)}</a></p>`;
        return rendered.html.includes('</body>')
          ? rendered.html.replace('</body>', `${line}\n</body>`)
          : `${rendered.html}\n${line}`;
      })();
  const text = template.text.includes('unsubscribeUrl')
    ? rendered.text
    : `${rendered.text.trimEnd()}\n\n${unsubscribeLine.text} ${unsubscribeLine.link}: ${url}\n`;
  return { ...rendered, html, text };
}
