package org.ketaminereference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetamineReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(KetamineReferenceApplication.class, args);
	}

}
