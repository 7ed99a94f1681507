import { InspectionType } from './inspection.enums.js';

/**
 * How often each type of safety inspection is due at each site (P9, OM-5 "定期"). The rulebook
 * gives no figure: monthly is the default, and a caller may ask against another interval.
 */
export const REGULARITY = {
  defaultIntervalDays: 30,
  maxIntervalDays: 366,
} as const;

/**
 * The checklists a new installation starts with, one per type (R19): common items of Chinese
 * property-management practice for fire, public-security and vehicle inspections, for the
 * director to adapt. Inspections copy the items, so editing these later changes no history.
 */
export const DEFAULT_CHECKLISTS: { type: InspectionType; name: string; items: string[] }[] = [
  {
    type: InspectionType.FIRE,
    name: '消防安全检查表',
    items: [
      '消防通道、疏散通道畅通，无堆放杂物、无占用',
      '安全出口标志、疏散指示和应急照明完好有效',
      '灭火器在有效期内，压力正常，摆放位置正确',
      '室内外消防栓完好，水带、水枪齐全，无遮挡',
      '防火门完好，常闭式防火门处于关闭状态',
      '火灾自动报警系统运行正常，无故障、无屏蔽点',
      '自动喷淋系统压力正常，阀门处于开启状态',
      '消防控制室 24 小时有人值班，值班记录完整',
      '电气线路无私拉乱接，配电房内无杂物',
      '动火作业有审批手续并有专人监护',
      '消防水泵房设备完好，处于自动状态',
    ],
  },
  {
    type: InspectionType.SECURITY,
    name: '治安安全检查表',
    items: [
      '各出入口门岗在岗在位，来访登记规范',
      '监控系统运行正常，画面清晰，录像保存不少于 30 天',
      '门禁系统工作正常，无损坏、无常开',
      '周界围墙、护栏完好，无攀爬痕迹和缺口',
      '公共区域照明正常，无照明死角',
      '巡查记录完整，巡查点按时签到',
      '天台门、设备房门按规定上锁',
      '可疑人员、可疑物品及时盘查处置',
      '对讲机等通讯设备完好，电量充足',
      '重点部位（财务室、仓库）防盗设施完好',
    ],
  },
  {
    type: InspectionType.VEHICLE,
    name: '车辆安全检查表',
    items: [
      '车辆停放秩序良好，按车位停放',
      '消防车通道无车辆占用',
      '道闸、车牌识别系统运行正常',
      '地下车库照明、通风正常',
      '交通标志、地面标线、减速带完好',
      '车库出入口限高杆、凸面镜完好',
      '非机动车集中停放，不堵塞通道',
      '电动车在指定区域充电，无飞线充电',
      '车库内无易燃易爆物品堆放',
      '长期停放车辆登记在册',
    ],
  },
];
