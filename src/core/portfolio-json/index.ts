export {
  readPortfolioJson,
  type ReadPortfolioOptions,
  type ReadPortfolioResult,
} from "./read-portfolio-json";
export { portfolioToJson, writePortfolioJson } from "./write-portfolio-json";
export { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, portfolioFileSchema } from "./portfolio-schema";
export { lineOfPath, parseJson, type JsonPath } from "./json-location";
