export declare const chromiumExecutable: string | undefined;
export declare const headlessExecutable: string | undefined;
export declare const chromiumArgs: string[];
