package org.agendapack.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With an OpenID Connect client registration configured, the sign-in page offers it and sends the browser there. */
@SpringBootTest(classes = ConsoleApplication.class, properties = { ConsoleApplication.WEB, ConsoleApplication.OWN_EXCLUSIONS,
        "agendapack.console.warm-up=false",
        "spring.security.oauth2.client.registration.council.client-id=agendapack",
        "spring.security.oauth2.client.registration.council.client-secret=secret",
        "spring.security.oauth2.client.registration.council.scope=openid,email",
        "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.council.authorization-uri=https://login.example.gov.uk/authorize",
        "spring.security.oauth2.client.provider.council.token-uri=https://login.example.gov.uk/token",
        "spring.security.oauth2.client.provider.council.jwk-set-uri=https://login.example.gov.uk/jwks",
        "spring.security.oauth2.client.provider.council.user-name-attribute=email" })
@AutoConfigureMockMvc
class ConsoleOidcTest {

    static final ConsoleFixture FIXTURE = new ConsoleFixture("oidc");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheCouncilsIdentityProvider() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("/oauth2/authorization/council").contains("Sign in with your council account");
        String location = mvc.perform(get("/oauth2/authorization/council")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("https://login.example.gov.uk/authorize?").contains("client_id=agendapack")
                .contains("scope=openid");
    }
}
