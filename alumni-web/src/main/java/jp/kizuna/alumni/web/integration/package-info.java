/** HR administrators' screens of the HR integration: importing and exporting HR employee files. */
package jp.kizuna.alumni.web.integration;
