export declare const sidebar: { label: string; items: (string | { label: string; link: string })[] }[];
