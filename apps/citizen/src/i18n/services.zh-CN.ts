/** Chinese strings of the service pages menu buttons open, and of "my region". */
export default {
  hotlines: {
    title: '便民电话',
    intro: '点击号码即可拨打',
    empty: '该公众号暂未提供便民电话',
    call: '拨打 {name} {phone}',
    hours: '服务时间：{hours}',
  },
  articles: {
    title: '全部文章',
    empty: '该公众号还没有发布文章',
    noMore: '没有更多了',
    loadFailed: '加载失败，点击重试',
  },
  region: {
    title: '我的地区',
    notSet: '未设置',
    hint: '设置后，公众号可为你所在地区提供专属菜单和服务',
    choose: '选择你所在的地区',
    whole: '整个{name}',
    clear: '清除地区',
    saved: '地区已保存',
    cleared: '已清除地区',
    signInFirst: '登录后可设置地区',
  },
};
