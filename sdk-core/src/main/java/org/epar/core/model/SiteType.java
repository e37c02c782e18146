package org.epar.core.model;

/**
 * The kind of an e-commerce service or logistics site.
 *
 * @since 0.1.0
 */
public enum SiteType {
  /** 县级电子商务公共服务中心: county public service centre (DM-SITE-04). */
  COUNTY_SERVICE_CENTRE("县级电子商务公共服务中心"),
  /** 县级仓储物流配送中心: county warehouse and distribution centre (DM-SITE-05). */
  COUNTY_WAREHOUSE("县级仓储物流配送中心"),
  /** 乡镇电子商务服务站: township service station. */
  TOWNSHIP_STATION("乡镇电子商务服务站"),
  /** 乡镇物流配送中心: township distribution centre (DM-SITE-06). */
  TOWNSHIP_DISTRIBUTION_CENTRE("乡镇物流配送中心"),
  /** 村级电子商务服务站（点）: village service station or service point (DM-SITE-09/10, DM-SVC-01). */
  VILLAGE_STATION("村级电子商务服务站（点）"),
  /** 产地集配中心: production collection and distribution hub of a deep-poverty township (CQ-HUB-01). */
  COLLECTION_HUB("产地集配中心"),
  /** 快递网点: express outlet or logistics store (DM-SITE-08, HLJ-LOG-01). */
  EXPRESS_OUTLET("快递网点");

  private final String termZh;

  SiteType(String termZh) {
    this.termZh = termZh;
  }

  /**
   * The Chinese policy term.
   *
   * @return the term, e.g. {@code 县级电子商务公共服务中心}
   */
  public String termZh() {
    return termZh;
  }
}
