/**
 * Rules of the Guangdong 2018 rural e-commerce targeted poverty alleviation work plan
 * (广东省农村电商精准扶贫工作方案, profile {@code guangdong-2018}), contributed by {@link
 * org.epar.validation.rules.guangdong.GuangdongRuleProvider}.
 *
 * <p>Designated poor villages (省定贫困村) are the villages with {@code registered_poor}; a city or
 * county is derived from division codes ({@code DivisionCode.city()}, {@code county()}). The
 * province-wide facts of the profile ({@code cities} = 14, {@code counties} = 70, {@code
 * poor_villages} = 2277) describe the whole province; the rules measure the cities, counties and
 * villages present in the submission, which may cover only part of the province.
 */
@NullMarked
package org.epar.validation.rules.guangdong;

import org.jspecify.annotations.NullMarked;
