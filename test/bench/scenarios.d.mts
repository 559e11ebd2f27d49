/** Types of scenarios.mjs (plain JavaScript so that the benchmark runs without a build). */
export declare const EMPLOYEE_PAGE: string;
export declare const EMPLOYEE_PAGE_AFTER: string;
export declare const EMPLOYEE_CURSOR_AT: string;
export declare const DASHBOARD: string;
export declare const PLAN_PAGE: string;
export declare const FILE_REPORT: string;
export declare const LOGIN: string;
