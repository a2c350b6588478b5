// The learning path, in the order a learner should read it. Each part is a folder of content/.
// Labels come from each page's title; a page missing here fails the sidebar test.
export const sidebar = [
  {
    label: 'Practice',
    items: [
      { label: 'Playground', link: '/playground/' },
      { label: 'Labs', link: '/labs/' },
      { label: 'Exam practice sets', link: '/labs/practice/' },
    ],
  },
  {
    label: 'Foundations',
    items: [
      'guides/foundations/what-is-site-to-site-vpn',
      'guides/foundations/how-it-works',
      'guides/foundations/customer-gateway-options',
    ],
  },
  {
    label: 'Tunnels',
    items: [
      'guides/tunnels/tunnel-options',
      'guides/tunnels/authentication',
      'guides/tunnels/initiation-and-dpd',
      'guides/tunnels/endpoint-replacements',
      'guides/tunnels/accelerated-vpn',
    ],
  },
  {
    label: 'Routing',
    items: [
      'guides/routing/static-and-dynamic',
      'guides/routing/route-priority',
      'guides/routing/routing-during-updates',
      'guides/routing/ipv4-and-ipv6',
    ],
  },
  {
    label: 'Getting started',
    items: [
      'guides/getting-started/prerequisites-and-gateways',
      'guides/getting-started/routing-and-security-groups',
      'guides/getting-started/create-connection-and-configure-device',
    ],
  },
  {
    label: 'Architectures',
    items: [
      'guides/architectures/single-and-multiple-connections',
      'guides/architectures/direct-connect',
      'guides/architectures/private-ip-vpn',
      'guides/architectures/cloudhub',
      'guides/architectures/redundant-connections',
    ],
  },
  {
    label: 'Customer gateway device',
    items: [
      'guides/device/requirements',
      'guides/device/best-practices-and-firewall',
      'guides/device/routing-on-the-device',
      'guides/device/windows-server',
    ],
  },
  {
    label: 'Troubleshooting',
    items: [
      'guides/troubleshooting/how-to-troubleshoot',
      'guides/troubleshooting/flow',
      'guides/troubleshooting/cisco',
      'guides/troubleshooting/juniper-and-yamaha',
    ],
  },
  {
    label: 'Operating it',
    items: [
      'guides/operations/attachments-and-testing',
      'guides/operations/modify-options-and-routes',
      'guides/operations/migrate-target-gateway',
      'guides/operations/change-customer-gateway',
      'guides/operations/delete-resources',
    ],
  },
  {
    label: 'Security and IAM',
    items: [
      'guides/security/security-and-iam',
    ],
  },
  {
    label: 'Resilience',
    items: [
      'guides/resilience/resilience',
    ],
  },
  {
    label: 'Monitoring',
    items: [
      'guides/monitoring/monitoring-tools',
      'guides/monitoring/vpn-logs',
      'guides/monitoring/cloudwatch-metrics-and-alarms',
      'guides/monitoring/health-events',
    ],
  },
  {
    label: 'Reference',
    items: [
      'guides/reference/quotas-and-pricing',
      'guides/reference/tunnel-options-table',
      'guides/reference/log-messages',
      'guides/reference/mtu-and-mss',
    ],
  },
];
