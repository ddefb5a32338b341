// Progressive enhancement only: every page works without this file.
import { initAll as initGovUK } from "../govuk/govuk-frontend.min.js";
import { initAll as initMoj } from "../moj/moj-frontend.min.js";

initGovUK();
initMoj();
