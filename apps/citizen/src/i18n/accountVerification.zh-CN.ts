/** Chinese strings of an account's verification as citizens see it; included as `accountVerification`. */
export default {
  title: '认证信息',
  pageTitle: '核验账号',
  verifiedName: '认证名称',
  validUntil: '有效期至',
  creditCode: '统一社会信用代码',
  verifiedAt: '认证时间',
  none: '—',
  check: '核验本账号',
  verifiedHeadline: '政微平台认证账号',
  verifiedText: '该账号已通过政微平台认证，以下信息由平台提供，与海报或页面上印的内容无关。',
  unverifiedHeadline: '该账号未认证',
  unverifiedText: '政微平台没有核实该账号的运营主体。请勿轻信其发布的信息，谨防仿冒；如发现仿冒，请举报。',
  suspendedHeadline: '该账号已被停用',
  openProfile: '查看账号主页',
  source: '信息来源：政微平台（{host}）',
};
