package org.epar.core.model;

/**
 * Equipment and fixtures of a site (DM-SITE-05/06/10, HLJ-SITE-02).
 *
 * @since 0.1.0
 */
public enum Equipment {
  /** 电脑: computer. */
  COMPUTER("电脑"),
  /** 背景墙: backdrop wall. */
  BACKDROP_WALL("背景墙"),
  /** 42寸电视: 42-inch television. */
  TV_42_INCH("42寸电视"),
  /** 上网行为数据管理器: internet-behaviour data manager. */
  DATA_MANAGER("上网行为数据管理器"),
  /** 物流筐: logistics baskets. */
  LOGISTICS_BASKETS("物流筐"),
  /** 公示栏: notice board. */
  NOTICE_BOARD("公示栏"),
  /** 门牌: door sign. */
  DOOR_SIGN("门牌"),
  /** 灯箱: light box. */
  LIGHT_BOX("灯箱"),
  /** Wi-Fi标识: Wi-Fi sign. */
  WIFI_SIGN("Wi-Fi标识"),
  /** 打包台: packing table. */
  PACKING_TABLE("打包台"),
  /** 货架: shelves. */
  SHELVES("货架"),
  /** 扫描设备: scanner. */
  SCANNER("扫描设备"),
  /** 配送车辆: delivery vehicle. */
  DELIVERY_VEHICLE("配送车辆"),
  /** 办公设备: office equipment. */
  OFFICE_EQUIPMENT("办公设备"),
  /** 网络线路: network line. */
  NETWORK_LINE("网络线路"),
  /** 考核管理制度: assessment and management system. */
  MANAGEMENT_SYSTEM("考核管理制度"),
  /** 电子商务进农村综合示范项目标识: the sign required on centrally funded items. */
  DEMONSTRATION_SIGN("电子商务进农村综合示范项目标识");

  private final String termZh;

  Equipment(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 电脑}
   */
  public String termZh() {
    return termZh;
  }
}
