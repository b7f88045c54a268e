/**
 * The HR admin UI and the alumni portal: one thin view bean per screen over the EJB services
 * of alumni-ejb, Facelets views by capability under src/main/webapp, texts in ja/en bundles.
 */
package jp.kizuna.alumni.web;
