export declare const sidebar: { label: string; items: string[] }[];
