/**
 * Why an import was refused. Every refusal is one line for the person at the terminal and a
 * stable `code` for tests and callers; nothing is written when one is raised.
 */
import { CtBotError } from "../../runtime/errors.js";

/** The stable codes of {@link ImportError}. */
export type ImportErrorCode =
  | "import_file_not_found"
  | "import_not_a_file"
  | "import_file_unreadable"
  | "import_too_large"
  | "import_unknown_format"
  | "import_pdf_no_text"
  | "import_pdf_encrypted"
  | "import_pdf_unreadable"
  | "import_docx_not_zip"
  | "import_docx_not_word"
  | "import_html_no_main_text"
  | "import_no_passages"
  | "import_missing_option"
  | "import_bad_option"
  | "import_title_differs"
  | "import_pack_invalid";

/** An import that cannot go ahead; `message` is the one line shown after `ct-bot: `. */
export class ImportError extends CtBotError {
  declare readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
