package org.agendapack.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With a shared job repository (agendapack.jobs-db.url, set from AGENDAPACK_JOBS_DB), Spring Batch keeps its job
 * instances, executions and history in PostgreSQL, while the build's staged rows stay in the process's own
 * in-memory database (spring.datasource): staging is per build and thrown away, and HSQLDB in memory stages
 * rows without a network round trip per chunk.
 */
@Configuration
@ConditionalOnProperty("agendapack.jobs-db.url")
public class SharedRepositoryConfiguration {

    @Bean(defaultCandidate = false)
    @BatchDataSource
    public DataSource batchDataSource(@Value("${agendapack.jobs-db.url}") String url,
            @Value("${agendapack.jobs-db.user:}") String user, @Value("${agendapack.jobs-db.password:}") String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(2); // one build per process: the step's updates and the odd query beside them
        pool.setPoolName("agendapack-jobs-db");
        return pool;
    }

    @Bean(defaultCandidate = false)
    @BatchTransactionManager
    public PlatformTransactionManager batchTransactionManager(@BatchDataSource DataSource batchDataSource) {
        return new JdbcTransactionManager(batchDataSource);
    }
}
