import { CaseKind } from '../../cases/case.enums.js';

/**
 * The words of generated history: titles, what reporters said, results and feedback per kind.
 * Plain lists, picked by the seeded generator: the same seed always reads the same.
 */

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤',
];
export const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力永健兵斌宇浩凯鹏飞鑫波帆琳雪梅海燕晨阳婷欣怡佳俊峰',
];

export const SITE_WORDS: readonly (readonly [string, string])[] = [
  ['锦绣', 'Splendour'],
  ['翡翠', 'Jade'],
  ['阳光', 'Sunshine'],
  ['紫荆', 'Bauhinia'],
  ['云杉', 'Spruce'],
  ['海棠', 'Crabapple'],
  ['滨江', 'Riverside'],
  ['世纪', 'Century'],
  ['东方', 'Oriental'],
  ['香榭', 'Champs'],
  ['御景', 'Royal View'],
  ['天悦', 'Sky Joy'],
  ['星河', 'Galaxy'],
  ['枫林', 'Maple Wood'],
  ['湖畔', 'Lakeside'],
  ['青山', 'Green Hill'],
];
export const SITE_KINDS: readonly (readonly [string, string])[] = [
  ['花园', 'Gardens'],
  ['名苑', 'Court'],
  ['大厦', 'Tower'],
  ['公寓', 'Apartments'],
  ['广场', 'Plaza'],
  ['雅苑', 'Residence'],
  ['家园', 'Homes'],
  ['中心', 'Centre'],
];

export const AREAS = [
  { kind: 'GATE', zh: '东大门', en: 'East gate', checkpoint: '东大门岗亭' },
  { kind: 'CAR_PARK', zh: '地下车库', en: 'Underground car park', checkpoint: '车库 B1 出入口' },
  { kind: 'LOBBY', zh: '1 栋大堂', en: 'Block 1 lobby', checkpoint: '1 栋大堂前台' },
  { kind: 'GREENERY', zh: '中心花园', en: 'Central garden', checkpoint: '花园凉亭' },
  { kind: 'PERIMETER', zh: '西侧围墙', en: 'West perimeter', checkpoint: '西围墙中段' },
  { kind: 'PLANT_ROOM', zh: '水泵房', en: 'Pump room', checkpoint: '水泵房门口' },
] as const;

export const OBSERVATIONS = [
  '地面有积水，已通知保洁',
  '消防通道有杂物堆放',
  '一盏路灯不亮',
  '垃圾桶已满',
  '发现陌生人徘徊，已询问登记',
  '单元门未关好，已关闭',
  '车辆违停，已贴提示单',
];

interface KindText {
  titles: readonly string[];
  details: readonly string[];
  results: readonly string[];
}

const CUSTOMER_FEEDBACK = [
  '处理及时，满意。',
  '态度很好，谢谢。',
  '问题解决了，但等得有点久。',
  '希望以后加强巡查。',
  '基本满意。',
  '速度可以再快一点。',
];

export { CUSTOMER_FEEDBACK };

export const COMMENTS = [
  '已电话联系报告人，约定上门时间。',
  '现场查看中，需要购买配件。',
  '已与相关住户沟通，对方表示配合。',
  '配件已到，明天上午处理。',
  '已拍照留存，跟进中。',
];

export const VOID_REASONS = ['重复登记，已合并到先前记录', '报告人来电撤回', '登记错误'];

export const TEXT: Partial<Record<CaseKind, KindText>> = {
  [CaseKind.COMPLAINT]: {
    titles: [
      '楼上装修噪音',
      '邻居占用公共走道',
      '夜间广场舞扰民',
      '垃圾清运不及时',
      '宠物粪便未清理',
      '车位被长期占用',
      '快递堆放楼道',
      '外卖电动车乱停',
      '楼道灯长明不关',
      '高空抛物',
      '保安态度生硬',
      '绿化带积水有蚊虫',
    ],
    details: ['已持续一周', '多次反映未果', '影响老人和孩子休息', '希望尽快处理', '周末尤其严重'],
    results: [
      '已上门沟通，对方承诺整改，次日复查已改正。',
      '已安排保洁加派人手，当日清理完毕。',
      '已张贴提示并加强巡查，情况好转。',
      '已约谈相关人员并记录，告知报告人处理结果。',
    ],
  },
  [CaseKind.REPAIR]: {
    titles: [
      '卫生间天花板渗水',
      '厨房下水道堵塞',
      '入户门锁损坏',
      '楼道灯不亮',
      '电梯按钮失灵',
      '外墙渗水',
      '水管爆裂',
      '空调冷凝水滴落',
      '门禁对讲无声音',
      '车库道闸抬杆故障',
      '窗户密封条老化',
      '地漏返味',
    ],
    details: ['两天了', '晚上特别明显', '家里有老人，请尽快', '上次修过又坏了', '白天家里有人'],
    results: [
      '已更换配件，试用正常。',
      '已疏通管道，业主确认通畅。',
      '已修复并做防水处理，观察一周无渗漏。',
      '已更换灯具，恢复照明。',
      '已调试恢复正常，登记设备维修台账。',
    ],
  },
  [CaseKind.INQUIRY]: {
    titles: [
      '物业费缴费方式',
      '停车月卡办理',
      '装修申请流程',
      '快递代收时间',
      '门禁卡补办',
      '停水通知咨询',
      '宠物登记',
    ],
    details: ['来电询问', '到前台询问', '在线留言询问'],
    results: ['已当场解答并告知所需材料。', '已发送办理流程说明。', '已告知办理时间和地点。'],
  },
  [CaseKind.SPECIAL_SERVICE]: {
    titles: ['家电清洗预约', '开荒保洁', '搬家协助', '代收大件快递', '家政保洁预约'],
    details: ['希望周末上门', '请报价', '需要两名人员'],
    results: ['已按约定时间完成服务，业主签字确认。', '已完成服务并收取费用，开具收据。'],
  },
  [CaseKind.TASK]: {
    titles: [
      '整理本月投诉台账',
      '检查消防通道',
      '更新业主通讯录',
      '准备月度例会材料',
      '巡查外墙广告牌',
      '核对车位租赁合同',
    ],
    details: ['月底前完成', '本周内报经理室', '按楼栋汇总'],
    results: ['已完成并报送。', '已整理归档，发现问题已登记整改。'],
  },
  [CaseKind.PUBLIC_ORDER]: {
    titles: ['门岗口角纠纷', '可疑人员徘徊', '醉酒人员滋事'],
    details: ['门岗报告', '巡逻发现', '住户来电'],
    results: ['已劝离并登记，未造成损失。', '已调解，双方离开。'],
  },
  [CaseKind.EQUIPMENT_FAILURE]: {
    titles: ['电梯困人', '水泵故障停水', '配电房跳闸'],
    details: ['控制室报告', '住户来电', '巡逻发现'],
    results: ['维保单位到场处理，已恢复运行。', '已抢修恢复，无人员受伤。'],
  },
  [CaseKind.VEHICLE_ACCIDENT]: {
    titles: ['车库剐蹭', '出入口追尾'],
    details: ['车主报告', '岗亭目击'],
    results: ['双方协商处理，已留存监控。', '交警到场定责，现场已清理。'],
  },
  [CaseKind.FIRE]: {
    titles: ['垃圾桶冒烟', '电动车充电起火'],
    details: ['巡逻发现', '住户报告'],
    results: ['已用灭火器扑灭，无人员受伤，已排查隐患。'],
  },
  [CaseKind.CRIMINAL]: {
    titles: ['车内财物被盗', '快递被盗'],
    details: ['车主报告', '住户报告'],
    results: ['已报警并提供监控录像，配合警方调查。'],
  },
  [CaseKind.OTHER_INCIDENT]: {
    titles: ['暴雨积水', '树枝折断挡路'],
    details: ['巡逻发现', '住户来电'],
    results: ['已排水清理，恢复通行。', '已清理并设置警示。'],
  },
};
