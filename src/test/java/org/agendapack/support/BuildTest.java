package org.agendapack.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test of the build job with the real application: an in-memory job database and a scratch output
 * folder of its own per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:${random.uuid};hsqldb.tx=mvcc",
        "agendapack.output=${java.io.tmpdir}/agendapack-test/${random.uuid}" })
@SpringBatchTest
@DirtiesContext
public @interface BuildTest {
}
