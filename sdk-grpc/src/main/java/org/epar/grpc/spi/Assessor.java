package org.epar.grpc.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.epar.core.id.DivisionCode;
import org.epar.grpc.v1.Assessment;

/**
 * The county assessment (验收) behind the {@code GetAssessment} and {@code ListCountyAssessments}
 * RPCs, plugged in with {@link org.epar.grpc.EparServer.Builder#assessor}. The server checks the
 * caller's role before it calls the assessor; the assessor only assesses.
 *
 * <p>sdk-assessment implements it ({@code org.epar.assessment.CountyAssessor#asGrpcAssessor()}), so
 * that the server kit does not depend on the assessment module. Implementations are thread-safe and
 * put no personal data into the assessment (findings carry rule IDs, locations, observed values and
 * messages only).
 *
 * @since 0.2.0
 */
public interface Assessor {

  /**
   * The counties this assessor can assess, as 12-digit county codes in ascending order.
   *
   * @return the counties
   */
  List<DivisionCode> counties();

  /**
   * The assessment of a county as of a date.
   *
   * @param county a county code, one of {@link #counties()}
   * @param asOf the as-of date
   * @param language the language of titles and finding messages: {@link Locale#ENGLISH} or {@link
   *     Locale#CHINESE}
   * @return the assessment
   * @throws IllegalArgumentException if the county is not one of {@link #counties()}
   */
  Assessment assess(DivisionCode county, LocalDate asOf, Locale language);
}
