// The learning path, in the order a learner should read it. Each part is a folder of content/.
export const sidebar = [
  {
    label: 'Foundations',
    items: [{ label: 'What is Site-to-Site VPN', slug: 'guides/foundations/what-is-site-to-site-vpn' }],
  },
];
