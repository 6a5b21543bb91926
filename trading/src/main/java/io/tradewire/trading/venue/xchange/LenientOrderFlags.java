package io.tradewire.trading.venue.xchange;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import org.knowm.xchange.dto.Order;
import si.mazi.rescu.serialization.jackson.DefaultJacksonObjectMapperFactory;

/**
 * The JSON reader for our own rescu proxies. XChange 5.2.1 was built with Jackson 2.14, where the
 * type information declared on {@link Order.IOrderFlags} did not reach enums with a creator
 * (Binance's {@code TimeInForce}); the Jackson 2.21 that Micronaut brings applies it and then fails
 * on every order answer ({@code "timeInForce":"GTC"} is not a wrapper object). This reader drops
 * that type information again, as 2.14 read it.
 */
public final class LenientOrderFlags extends DefaultJacksonObjectMapperFactory {
    @Override
    public void configureObjectMapper(ObjectMapper mapper) {
        super.configureObjectMapper(mapper);
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac,
                                                           JavaType baseType) {
                if (Order.IOrderFlags.class.isAssignableFrom(ac.getRawType())) {
                    return StdTypeResolverBuilder.noTypeInfoBuilder();
                }
                return super.findTypeResolver(config, ac, baseType);
            }
        });
    }
}
